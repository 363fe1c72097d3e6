extension Sequence {
    /// Whether merging texts would change nothing: no text (as `text` reads an element) is empty, and no two
    /// texts stand side by side. Lets a merge hand back its input instead of building the same array again.
    func hasMergedTexts(_ text: (Element) -> String?) -> Bool {
        var previousIsText = false
        for element in self {
            guard let text = text(element) else {
                previousIsText = false
                continue
            }
            if text.isEmpty || previousIsText { return false }
            previousIsText = true
        }
        return true
    }
}
