/// Rebuilds one source post in one locale: segments filled from the translations (or the source, per the
/// locale's missing-translation policy), Hugo front matter with ICU-formatted display strings, Arabic
/// left-to-right runs isolated.
public struct PostAssembler {
    public let formatter: LocaleFormatter
    public let slugger: Slugger

    public init(formatter: LocaleFormatter, slugger: Slugger) {
        self.formatter = formatter
        self.slugger = slugger
    }

    private var profile: LocaleProfile { formatter.profile }

    /// Assembles `document` (its source slug keys the translations) into the formatter's locale.
    public func assemble(_ document: SourceDocument, translations: [SegmentID: AssemblyTranslation])
        throws(DragomanError) -> AssembledPost
    {
        let isSource = document.locale == profile.locale
        // Targets by segment index: each segment's ID is hashed once, here, not again by every later step.
        var targets: [[InlineElement]?] = Array(repeating: nil, count: document.segments.count)
        var counts = AssembledPost.Counts(segments: document.segments.count)
        var missing: [SegmentID] = []
        for index in document.segments.indices {
            guard !isSource else {
                counts.translated += 1
                continue
            }
            let id = document.segments[index].id
            if let translation = translations[id], translation.isUsable {
                counts.translated += 1
                if translation.isStale { counts.stale += 1 }
                targets[index] =
                    profile.direction == .rtl ? BidiIsolation.isolate(translation.content) : translation.content
            } else {
                counts.fallback += 1
                missing.append(id)
            }
        }
        var post = AssembledPost(locale: profile.locale, slug: document.slug, counts: counts, missing: missing)
        post.decision = isSource ? .write : profile.missingTranslations.decision(completeness: counts.completeness)
        guard post.decision == .write else { return post }
        // Source text kept for lack of a translation reads the source's way inside this locale's direction.
        let isolate =
            counts.fallback > 0 && !isSource && profile.direction != Self.direction(of: document.locale)
            ? BidiIsolation.opening(for: profile.direction == .rtl ? .ltr : .rtl) : nil
        let frontMatter = try frontMatter(
            document, targets: targets, counts: counts, isolatingSource: isolate, post: &post)
        post.bytes = Self.file(frontMatter: frontMatter, document: document, targets: targets, isolatingSource: isolate)
        return post
    }

    /// The direction a locale is written in, as ICU knows it.
    private static func direction(of locale: String) -> LocaleProfile.Direction {
        ICU.isRightToLeft(locale: locale) ? .rtl : .ltr
    }

    /// `---`, the front matter, `---` and the body, written into one buffer: the body is rendered without
    /// the source's front matter, which is then cut out (from its opening fence to the end of its closing one).
    private static func file(
        frontMatter: OutputFrontMatter, document: SourceDocument, targets: [[InlineElement]?],
        isolatingSource isolate: Unicode.Scalar?
    ) -> [UInt8] {
        // Room for twice the source (Latin letters become two-byte Arabic ones): the buffer is not reallocated.
        var file = UTF8Buffer(capacity: 2 * document.bytes.count + 1024)
        file.append("---\n")
        frontMatter.write(into: &file)
        file.append("---\n")
        let bodyStart = file.count
        if isolate == nil, !targets.contains(where: { $0 != nil }) {
            // Nothing replaced: the skeleton filled with the source is the source, byte for byte, so its body
            // is copied whole.
            document.bytes.withUnsafeBufferPointer { text in
                let body = document.frontMatter == nil ? 0 : FrontMatter.locate(in: text)?.body ?? 0
                file.append(UnsafeBufferPointer(rebasing: text[body...]))
            }
            return file.bytes
        }
        document.render(targets: targets, frontMatter: false, isolatingSource: isolate, into: &file)
        if document.frontMatter != nil,
            let end = file.withBytes({ FrontMatter.locate(in: UnsafeBufferPointer(rebasing: $0[bodyStart...]))?.body }),
            end > 0
        {
            file.removeSubrange(bodyStart..<bodyStart + end)
        }
        return file.bytes
    }

    private func frontMatter(
        _ document: SourceDocument, targets: [[InlineElement]?], counts: AssembledPost.Counts,
        isolatingSource isolate: Unicode.Scalar?, post: inout AssembledPost
    ) throws(DragomanError) -> OutputFrontMatter {
        var values: [String: [(index: Int, value: String)]] = [:]
        var untranslated: Set<String> = []
        for (field, value) in document.frontMatterValues(targets: targets) {
            values[field.key, default: []].append((field.index ?? 0, value))
            if field.segments.allSatisfy({ targets[$0] == nil }) { untranslated.insert(field.key) }
        }
        // Displayed text left in the source language is isolated like the body's; keys such as categories and
        // tags, which Hugo turns into URLs, are left alone.
        func shown(_ key: String, _ text: String) -> String {
            guard let isolate, untranslated.contains(key) else { return text }
            return BidiIsolation.isolated(text, opening: isolate)
        }
        func translated(_ key: String) -> [String]? {
            values[key].map { $0.sorted { $0.index < $1.index }.map(\.value) }
        }
        let source = document.frontMatter
        let title = translated("title")?.first ?? source?.string("title") ?? document.slug
        let titleTranslated = document.frontMatterFields.contains { field in
            field.key == "title" && field.segments.contains { targets[$0] != nil }
        }
        post.slug =
            titleTranslated
            ? try slug(title, sourceSlug: document.slug, path: document.path) : document.slug
        let categories = translated("category") ?? translated("categories") ?? source?.strings("category") ?? []
        let tags = translated("tags") ?? source?.strings("tags") ?? []
        let minutes = formatter.readingMinutes(words: wordCount(document, targets: targets))

        var output = OutputFrontMatter()
        output.add("title", .string(shown("title", title)))
        if let description = translated("description")?.first ?? source?.string("description") {
            output.add("description", .string(shown("description", description)))
        }
        output.add("slug", .string(post.slug))
        let date = try source?.string("date").map { (text) throws(DragomanError) -> CalendarDate in
            guard let date = CalendarDate(iso: text) else {
                throw DragomanError(
                    source?.location(of: "date", path: document.path) ?? SourceLocation(path: document.path),
                    "date '\(text)' is not an ISO 8601 date", hint: "write the date as YYYY-MM-DD")
            }
            return date
        }
        if let date { output.add("date", .date(date)) }
        output.add("lang", .string(profile.locale))
        output.add("dir", .string(profile.direction.rawValue))
        output.add("translationKey", .string(document.slug))
        if let author = source?.string("author") {
            output.add("author", .string(author))
            output.add(
                "byline", .string(display(try formatter.message("byline", ["author": .string(inserted(author))]))))
        }
        output.add("category", .strings(categories))
        output.add(
            "category_label",
            .string(try formatter.message("category_label", ["count": .number(Double(categories.count))])))
        if !categories.isEmpty {
            output.add("category_display", .string(display(try formatter.list(categories.map(inserted)))))
        }
        output.add("tags", .strings(tags))
        output.add("reading_time", .integer(minutes))
        output.add(
            "reading_time_display",
            .string(try formatter.message("reading_time", ["minutes": .number(Double(minutes))])))
        if let date { output.add("date_display", .string(try formatter.date(date))) }
        output.add("disclaimer_heading", .string(try formatter.message("disclaimer_heading", [:])))
        if counts.fallback > 0 {
            let notice = try formatter.message(
                "fallback_notice",
                ["count": .number(Double(counts.fallback)), "title": .string(try formatter.quoted(inserted(title)))])
            output.add("fallback_notice", .string(display(notice)))
        }
        return output
    }

    /// A display string built from a message and arguments (an author's name, English titles): in a
    /// right-to-left locale its left-to-right runs are isolated like those of translated text.
    private func display(_ text: String) -> String {
        profile.direction == .rtl ? BidiIsolation.isolateRuns(text) : text
    }

    /// A value set into a display string (an author, a category, a title): in a left-to-right locale, one that
    /// holds right-to-left text is isolated (FSI … PDI), so `نصائح, أبحاث and X` keeps its items in order.
    private func inserted(_ text: String) -> String {
        guard profile.direction == .ltr, BidiIsolation.containsRightToLeft(text) else { return text }
        return BidiIsolation.isolated(text, opening: BidiIsolation.firstStrongIsolate)
    }

    private func slug(_ title: String, sourceSlug: String, path: String) throws(DragomanError) -> String {
        do {
            return try slugger.slug(
                title, locale: profile.icuLocale, policy: profile.slugPolicy, sourceSlug: sourceSlug)
        } catch {
            throw DragomanError(path: path, "cannot make a \(profile.locale) slug from '\(title)': \(error)")
        }
    }
}

/// One post assembled in one locale: its text (when written) and how complete its translation is.
public struct AssembledPost: Hashable, Sendable {
    /// Segment counts of the post in the locale.
    public struct Counts: Hashable, Sendable, Codable {
        public var segments: Int
        public var translated = 0
        public var fallback = 0
        public var stale = 0

        public init(segments: Int, translated: Int = 0, fallback: Int = 0, stale: Int = 0) {
            self.segments = segments
            self.translated = translated
            self.fallback = fallback
            self.stale = stale
        }

        /// Share of segments translated (1 for a post without segments).
        public var completeness: Double { segments == 0 ? 1 : Double(translated) / Double(segments) }
    }

    public var locale: String
    /// The slug in this locale.
    public var slug: String
    public var counts: Counts
    /// Segments without a usable translation.
    public var missing: [SegmentID]
    public var decision: MissingTranslationPolicy.Decision = .write
    /// The Markdown file as UTF-8, when the decision is `write`: written to disk as it is, never made into a
    /// `String` on the way (which checks every byte as UTF-8 again, about 8 instructions a byte).
    public var bytes: [UInt8]?

    /// The Markdown file, when the decision is `write`.
    public var text: String? { bytes.map { String(decoding: $0, as: UTF8.self) } }
}
