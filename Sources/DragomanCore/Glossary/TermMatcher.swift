/// Finds many multiword terms in one pass over a text's words: an Aho–Corasick automaton over token symbols.
///
/// Terms and text are tokenized the same way and each word is interned to a symbol; the automaton walks the
/// text's symbols once, so the cost per word does not grow with the number of terms. Words of the text the
/// termbase never uses get no symbol and reset the walk, as does a gap that cannot sit inside a term.
struct TermMatcher: Sendable {
    /// A hit: pattern `pattern` covers words `words` of the text.
    struct Hit: Hashable, Sendable {
        var pattern: Int
        var words: Range<Int>
    }

    private var vocabulary: [String: Int32] = [:]
    /// Transitions keyed by `node << 32 | symbol`: one flat table instead of a dictionary per node.
    private var transitions: [UInt64: Int32] = [:]
    private var fail: [Int32] = [0]
    /// The pattern ending at a node (the first one added, if several share the words), or -1.
    private var output: [Int32] = [-1]
    /// The nearest node down the fail chain that has an output, or -1.
    private var outputLink: [Int32] = [-1]
    private var depth: [Int32] = [0]
    private var children: [[Int32]] = [[]]
    private(set) var patternLengths: [Int] = []

    /// Builds the automaton over patterns given as word sequences (already folded and reduced to base forms).
    init(patterns: [[String]]) {
        for words in patterns { add(words) }
        link()
    }

    /// The symbol of a word, or nil when no pattern uses it.
    func symbol(_ word: String) -> Int32? { vocabulary[word] }

    /// All hits in a text given as symbols (nil: word unknown) and whether each word may continue a term.
    func hits(symbols: [Int32?], joined: [Bool]) -> [Hit] {
        var hits: [Hit] = []
        var node: Int32 = 0
        for index in symbols.indices {
            if !joined[index] { node = 0 }
            guard let symbol = symbols[index] else {
                node = 0
                continue
            }
            while true {
                if let next = transitions[key(node, symbol)] {
                    node = next
                    break
                }
                if node == 0 { break }
                node = fail[Int(node)]
            }
            var probe = output[Int(node)] >= 0 ? node : outputLink[Int(node)]
            while probe >= 0 {
                let pattern = Int(output[Int(probe)])
                hits.append(Hit(pattern: pattern, words: (index + 1 - Int(depth[Int(probe)]))..<(index + 1)))
                probe = outputLink[Int(probe)]
            }
        }
        return hits
    }

    /// Keeps the leftmost hit, and the longest of those starting together; drops hits overlapping a kept one.
    static func leftmostLongest(_ hits: [Hit]) -> [Hit] {
        let ordered = hits.sorted {
            ($0.words.lowerBound, -$0.words.count, $0.pattern) < ($1.words.lowerBound, -$1.words.count, $1.pattern)
        }
        var kept: [Hit] = []
        var end = 0
        for hit in ordered where hit.words.lowerBound >= end {
            kept.append(hit)
            end = hit.words.upperBound
        }
        return kept
    }

    private func key(_ node: Int32, _ symbol: Int32) -> UInt64 { UInt64(UInt32(node)) << 32 | UInt64(UInt32(symbol)) }

    private mutating func add(_ words: [String]) {
        let index = patternLengths.count
        patternLengths.append(words.count)
        guard !words.isEmpty else { return }
        var node: Int32 = 0
        for word in words {
            let symbol =
                vocabulary[word]
                ?? {
                    let next = Int32(vocabulary.count)
                    vocabulary[word] = next
                    return next
                }()
            if let next = transitions[key(node, symbol)] {
                node = next
            } else {
                let next = Int32(fail.count)
                fail.append(0)
                output.append(-1)
                outputLink.append(-1)
                depth.append(depth[Int(node)] + 1)
                children.append([])
                children[Int(node)].append(symbol)
                transitions[key(node, symbol)] = next
                node = next
            }
        }
        if output[Int(node)] < 0 { output[Int(node)] = Int32(index) }
    }

    /// Breadth-first: each node's fail link is the longest proper suffix of its words that is also a prefix.
    private mutating func link() {
        var queue: [Int32] = []
        for symbol in children[0] {
            if let child = transitions[key(0, symbol)] { queue.append(child) }
        }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for symbol in children[Int(node)] {
                guard let child = transitions[key(node, symbol)] else { continue }
                var candidate = fail[Int(node)]
                while true {
                    if let next = transitions[key(candidate, symbol)], next != child {
                        fail[Int(child)] = next
                        break
                    }
                    if candidate == 0 {
                        fail[Int(child)] = 0
                        break
                    }
                    candidate = fail[Int(candidate)]
                }
                let target = fail[Int(child)]
                outputLink[Int(child)] = output[Int(target)] >= 0 ? target : outputLink[Int(target)]
                queue.append(child)
            }
        }
        children = []
    }
}
