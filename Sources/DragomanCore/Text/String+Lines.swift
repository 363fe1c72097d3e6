extension String {
    /// The lines of the text, split at each line feed, a carriage return before it dropped (the last line is
    /// empty when the text ends with a line end). Split by `Character` instead, text with CRLF line ends would
    /// stay one line: `\r\n` is one character, and it is not `\n`.
    var linesAtLineFeeds: [Substring] {
        var result: [Substring] = []
        let utf8 = self.utf8
        var start = utf8.startIndex
        while true {
            let newline = utf8[start...].firstIndex(of: 0x0A)
            var end = newline ?? utf8.endIndex
            if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
            // The bytes around are ASCII, so both indices fall between characters.
            result.append(self[start..<end])
            guard let newline else { return result }
            start = utf8.index(after: newline)
        }
    }
}
