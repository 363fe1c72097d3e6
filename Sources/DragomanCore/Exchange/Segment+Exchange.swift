extension Segment {
    /// The segment as an exchange unit without a target: ID, block path, source tokens and code markup.
    public var exchangeUnit: ExchangeUnit {
        let content = content
        var codes: [String: InlineCode] = [:]
        var closing: [String: String] = [:]
        for element in content {
            switch element {
            case .text: break
            case .open(let code), .standalone(let code): codes[String(code.id)] = code
            case .close(let code): closing[String(code.id)] = code.data
            }
        }
        return ExchangeUnit(
            id: id.rawValue, name: path, source: ExchangeToken.tokens(content), codes: codes, closingData: closing,
            location: SourceLocation(path: "", line: range.startLine, column: range.startColumn))
    }
}
