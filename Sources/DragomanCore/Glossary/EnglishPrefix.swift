/// English prefixes that are not words by themselves, as writers hyphenate them onto a word: `pre-clinical`,
/// `non-autistic`, `auto-immune`.
///
/// A term right after one is the tail of a longer word whose meaning the prefix changes (a pre-clinical study is
/// not a clinical study), so it is not the term, just as `preclinical` written closed is not.
enum EnglishPrefix {
    private static let bound: Set<String> = [
        "anti", "auto", "co", "counter", "de", "dis", "extra", "hyper", "hypo", "inter", "intra", "macro", "micro",
        "mis", "multi", "neo", "non", "para", "peri", "post", "pre", "pro", "pseudo", "quasi", "re", "semi", "sub",
        "super", "trans", "ultra", "un",
    ]

    /// Whether a folded (lowercase) word is such a prefix.
    static func isBound(_ word: String) -> Bool { bound.contains(word) }
}
