/// A deterministic corpus of Markdown posts in the clinic's blog style (front matter, headings, lists,
/// emphasis, links, abbreviations), written from a fixed vocabulary with a seeded generator.
struct CorpusGenerator {
    /// SplitMix64: small, fast and the same on every platform.
    private var state: UInt64

    init(seed: UInt64 = 0x5EED_D06A) { state = seed }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    private mutating func number(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    private static let subjects = [
        "The clinic", "Our team", "Dr. Aydın", "Prof. Kaya", "The nurse", "Each patient", "The family", "A new study",
        "The therapy", "This approach", "The specialist", "Mrs. Demir",
    ]
    private static let verbs = [
        "explains", "reviews", "measures", "supports", "follows", "describes", "improves", "tracks", "compares",
        "recommends",
    ]
    private static let objects = [
        "the treatment plan", "every follow-up visit", "the results of the scan", "sleep and appetite",
        "the first three weeks", "the dose, e.g. two tablets a day", "progress at home", "the risks and benefits",
        "the care of children", "questions from parents",
    ]
    private static let tails = [
        "with great care", "before each session", "at 9 a.m. on weekdays", "in plain language", "over 12 weeks",
        "vs. the usual care", "as shown in Fig. 2", "for about 3.5 months", "with the help of the family",
        "after the 2nd visit",
    ]
    private static let words = ["cell", "therapy", "autism", "recovery", "family", "clinic", "health", "sleep"]

    mutating func sentence() -> String {
        var text = "\(pick(Self.subjects)) \(pick(Self.verbs)) "
        switch next() % 6 {
        case 0: text += "*\(pick(Self.objects))*"
        case 1: text += "**\(pick(Self.objects))**"
        case 2: text += "[\(pick(Self.objects))](https://example.org/\(pick(Self.words))/\(number(1...999)))"
        case 3: text += "`\(pick(Self.words))` and \(pick(Self.objects))"
        default: text += pick(Self.objects)
        }
        text += " \(pick(Self.tails))"
        return text + pick([".", ".", ".", "!", "?"])
    }

    mutating func paragraph() -> String {
        (0..<number(2...6)).map { _ in sentence() }.joined(separator: number(0...3) == 0 ? "\n" : " ")
    }

    mutating func post(index: Int) -> String {
        var text = "---\ntitle: \"\(pick(Self.subjects)) \(pick(Self.verbs)) \(pick(Self.objects))\"\n"
        text += "date: 2024-\(String(format2: number(1...12)))-\(String(format2: number(1...28)))\n"
        text += "summary: \(sentence().replacingColons)\ncategory: [\(pick(Self.words)), \(pick(Self.words))]\n"
        text += "tags: [\(pick(Self.words)), \(pick(Self.words)), \(pick(Self.words))]\nslug: post-\(index)\n---\n\n"
        text += "# \(pick(Self.subjects)) and \(pick(Self.words))\n\n"
        for _ in 0..<number(3...5) {
            text += "## \(pick(Self.objects).capitalizedFirst)\n\n"
            text += paragraph() + "\n\n"
            if next() % 2 == 0 {
                for item in 1...number(2...4) {
                    text += next() % 2 == 0 ? "- \(sentence())\n" : "\(item). \(sentence())\n"
                }
                text += "\n"
            }
            text += paragraph() + "\n\n"
        }
        return text
    }

    /// Posts totalling at least `bytes` bytes of UTF-8.
    mutating func corpus(bytes: Int) -> [String] {
        var posts: [String] = []
        var total = 0
        while total < bytes {
            let post = post(index: posts.count)
            total += post.utf8.count
            posts.append(post)
        }
        return posts
    }
}

extension String {
    fileprivate init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
    fileprivate var replacingColons: String { replacingOccurrences(of: ":", with: " -") }
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
