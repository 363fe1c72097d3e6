/// English plurals and possessives reduced to a shared base form, so `therapies`, `therapy's` and `therapy`
/// all meet in `therapy`.
///
/// Applied to both glossary terms and text, so a slightly wrong base (`diagnose` from `diagnoses`) still
/// matches consistently; the few irregular plurals of the field are listed.
public enum EnglishInflection {
    private static let irregular: [String: String] = [
        "analyses": "analysis", "diagnoses": "diagnosis", "prognoses": "prognosis", "axes": "axis",
        "criteria": "criterion", "phenomena": "phenomenon", "bacteria": "bacterium", "children": "child",
        "women": "woman", "men": "man", "people": "person", "mice": "mouse", "teeth": "tooth", "feet": "foot",
        "stimuli": "stimulus", "nuclei": "nucleus", "foci": "focus", "vertebrae": "vertebra",
        "metastases": "metastasis", "data": "datum", "media": "medium",
    ]

    /// The base form of a folded (lowercase) English word.
    public static func base(_ word: String) -> String {
        var scalars = Array(word.unicodeScalars)
        // Possessives: `cell's`, `cells'` (the normalizer has already unified apostrophes to ').
        if scalars.count > 2, scalars[scalars.count - 2] == "'", scalars.last == "s" {
            scalars.removeLast(2)
        } else if scalars.count > 1, scalars.last == "'" {
            scalars.removeLast()
        }
        let stripped = String(String.UnicodeScalarView(scalars))
        if let known = irregular[stripped] { return known }
        return singular(stripped, scalars)
    }

    private static func singular(_ word: String, _ scalars: [Unicode.Scalar]) -> String {
        let count = scalars.count
        guard count > 3, scalars[count - 1] == "s" else { return word }
        func dropping(_ n: Int, adding tail: String = "") -> String {
            String(String.UnicodeScalarView(scalars.dropLast(n))) + tail
        }
        if word.hasSuffix("ies"), count > 4 { return dropping(3, adding: "y") }
        if word.hasSuffix("sses") || word.hasSuffix("shes") || word.hasSuffix("ches") || word.hasSuffix("xes")
            || word.hasSuffix("zzes")
        {
            return dropping(2)
        }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") || word.hasSuffix("'s") {
            return word
        }
        return dropping(1)
    }
}
