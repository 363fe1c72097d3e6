/// The file formats translators exchange, chosen by flag or by file extension.
public enum ExchangeFormat: String, Sendable, CaseIterable {
    case xliff12, xliff21, po

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .xliff12: "xliff"
        case .xliff21: "xlf"
        case .po: "po"
        }
    }

    /// The format of `bytes`: PO by extension, XLIFF by its namespace or `version` attribute; with no bytes (a
    /// file about to be written) `.xliff` means 1.2 and `.xlf` 2.1.
    public static func detect(path: String, bytes: [UInt8]) -> ExchangeFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".po") || lower.hasSuffix(".pot") { return .po }
        guard
            lower.hasSuffix(".xlf") || lower.hasSuffix(".xliff") || lower.hasSuffix(".sdlxliff")
                || lower.hasSuffix(".mqxliff") || lower.hasSuffix(".xml")
        else { return nil }
        if bytes.isEmpty { return lower.hasSuffix(".xliff") ? .xliff12 : .xliff21 }  // choosing a format to write
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        if head.contains("urn:oasis:names:tc:xliff:document:1.2") || head.contains("version=\"1.2\"")
            || head.contains("version='1.2'")
        {
            return .xliff12
        }
        return .xliff21
    }

    /// Writes `document` in this format.
    public func write(_ document: ExchangeDocument) -> String {
        switch self {
        case .xliff12: XLIFF12Writer().write(document)
        case .xliff21: XLIFF21Writer().write(document)
        case .po: POWriter().write(document)
        }
    }

    /// Reads a file of this format; `path` names it in messages.
    public func read(_ bytes: [UInt8], path: String) throws(DragomanError) -> ExchangeDocument {
        try ExchangeInput.check(bytes, path: path, xml: self != .po)
        switch self {
        case .xliff12: return try XLIFF12Reader().read(bytes, path: path)
        case .xliff21: return try XLIFF21Reader().read(bytes, path: path)
        case .po: return try POReader().read(bytes, path: path)
        }
    }
}
