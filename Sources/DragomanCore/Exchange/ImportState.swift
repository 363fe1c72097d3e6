/// The running state of one import: store contents loaded so far, new units, the summary.
struct ImportState {
    private struct Work {
        var store: TranslationStore
        var document: SourceDocument
        var resolved: [SegmentID: TranslationUnit]
        var leftovers: [TranslationUnit]
        var changed = false
    }

    /// A post's segments by ID and by block path (the first with that path), built once per post: a unit is
    /// found in constant time however many segments the post has.
    private struct PostIndex {
        var byID: [SegmentID: Int] = [:]
        var byPath: [String: Int] = [:]

        init(_ post: SourceDocument) {
            byID.reserveCapacity(post.segments.count)
            for (index, segment) in post.segments.enumerated() {
                byID[segment.id] = index
                if byPath[segment.path] == nil { byPath[segment.path] = index }
            }
        }
    }

    let importer: ExchangeImport
    private var work: [String: Work] = [:]
    private var indexes: [String: PostIndex] = [:]
    private var order: [String] = []
    private var summary = ImportSummary()

    init(importer: ExchangeImport) {
        self.importer = importer
    }

    mutating func reject(_ unit: ExchangeUnit, at location: SourceLocation, _ message: String) {
        let name = unit.id.isEmpty ? unit.name ?? "" : unit.id
        summary.rejected.append(Diagnostic(.error, at: location, "unit '\(name)': \(message)"))
    }

    /// Checks one unit against `post` and records its effect on the locale's store. `unitIDs` are the IDs of
    /// all units in the unit's `<file>`.
    mutating func take(
        _ unit: ExchangeUnit, post: SourceDocument, locale: String, unitIDs: Set<String>, document: ExchangeDocument,
        at location: SourceLocation
    ) throws(DragomanError) {
        if let defect = unit.defect { return reject(unit, at: location, defect) }
        guard let segment = segment(for: unit, in: post, unitIDs: unitIDs) else {
            return reject(
                unit, at: location,
                "unknown unit ID: not a segment of \(post.path) (export again to get the current segments)")
        }
        let key = locale + "/" + post.slug
        if work[key] == nil {
            let store = TranslationStore(
                project: importer.project, locale: locale, sourceLocale: importer.configuration.sourceLocale)
            let raw = try store.units(slug: post.slug)
            let attached = TranslationStore.attach(raw, in: post)
            work[key] = Work(store: store, document: post, resolved: attached.resolved, leftovers: attached.leftovers)
            order.append(key)
        }
        guard work[key] != nil else { return }
        guard let target = unit.target.map(Self.normalized), !target.isEmpty, unit.mark != .exactMatch else {
            summary.unchanged += 1
            return
        }
        // The source segment's content, made once from its post's tables for the checks below.
        let content = segment.content
        if case .failure(let rejection) = TargetValidator.resolve(target, source: content) {
            return reject(unit, at: location, rejection.message)
        }
        let current = ExchangeToken.tokens(content)
        // Only the unit is read: a copy of the whole entry held here would share its dictionary and make the
        // write below copy it, once per unit.
        let existing = work[key]?.resolved[segment.id]
        var staleSource: String?
        if !TranslationStore.sameCanonical(unit.source, current) {
            staleSource = unit.source.tagged
        } else if unit.mark == .stale, existing.map({ $0.target == target }) ?? true {
            // Still marked stale but with a new target: the translator dealt with it in a tool that leaves the
            // state attribute alone (OmegaT), so the new target counts as current.
            staleSource = existing?.staleSource ?? unit.note(ExchangeNote.staleSourceCategory) ?? unit.source.tagged
        }
        var state = unit.state == .new ? TranslationState.translated : unit.state
        if !document.carriesState, let existing, existing.target == target { state = existing.state }
        let translator = unit.note(ExchangeNote.translatorCategory) ?? document.translator
        let updated = TranslationUnit(
            id: segment.id, path: segment.path, source: current, target: target,
            state: state, staleSource: staleSource, notes: unit.remarks, translator: translator,
            date: unit.note(ExchangeNote.dateCategory) ?? document.date)
        if let existing, existing.target == target, existing.state == state, existing.staleSource == staleSource,
            existing.notes == updated.notes, existing.id == segment.id
        {
            summary.unchanged += 1
            return
        }
        if staleSource != nil { summary.stale += 1 } else { summary.applied += 1 }
        work[key]?.resolved[segment.id] = updated
        work[key]?.changed = true
    }

    /// The segment a unit belongs to: by ID, or (the sentence changed since export) by block path when that
    /// segment is not itself in the file.
    private mutating func segment(for unit: ExchangeUnit, in post: SourceDocument, unitIDs: Set<String>) -> Segment? {
        if indexes[post.path] == nil { indexes[post.path] = PostIndex(post) }
        guard let index = indexes[post.path] else { return nil }
        let byPath = unit.name.flatMap { index.byPath[$0] }.map { post.segments[$0] }
        // No ID (a PO whose msgctxt a converter dropped): the block path names the segment within its post.
        if unit.id.isEmpty { return byPath }
        if let found = index.byID[SegmentID(unit.id)] { return post.segments[found] }
        guard SegmentID.isWellFormed(unit.id), let segment = byPath, !unitIDs.contains(segment.id.rawValue) else {
            return nil
        }
        return segment
    }

    /// Runs of white space that hold a line break (a CAT tool re-wrapping the XML) become one space; the
    /// target is trimmed, as segments are.
    static func normalized(_ tokens: [ExchangeToken]) -> [ExchangeToken] {
        var result: [ExchangeToken] = tokens.map { token in
            guard case .text(let text) = token, text.contains(where: { $0 == "\n" || $0 == "\r" }) else { return token }
            var output = ""
            var run = ""
            for character in text {
                if character == " " || character == "\t" || character == "\n" || character == "\r"
                    || character == "\r\n"
                {
                    run.append(character)
                    continue
                }
                output += run.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) ? " " : run
                run = ""
                output.append(character)
            }
            output += run.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) ? " " : run
            return .text(output)
        }
        if case .text(let first)? = result.first {
            result[0] = .text(String(first.drop(while: { $0 == " " || $0 == "\t" })))
        }
        if case .text(let last)? = result.last {
            var text = last
            while let character = text.last, character == " " || character == "\t" { text.removeLast() }
            result[result.count - 1] = .text(text)
        }
        return result.merged
    }

    func finish() -> ExchangeImport.Plan {
        var plan = ExchangeImport.Plan()
        plan.summary = summary
        for key in order {
            guard let entry = work[key], entry.changed else { continue }
            let units = Array(entry.resolved.values) + entry.leftovers
            plan.changes.append(ExchangeImport.StoreChange(store: entry.store, document: entry.document, units: units))
        }
        return plan
    }
}
