import Foundation
import Synchronization

/// What building one source post produced.
struct PostResult: Sendable {
    var post: SourcePost
    var entries: [BuildManifest.Entry] = []
    var cache: BuildCache.Post?
    var written: [String] = []
    var diagnostics: [Diagnostic] = []
    var failures: [DragomanError] = []
    /// A hard error: the post could not be read, assembled or written.
    var error: (step: BuildStep, error: DragomanError)?
}

/// The ICU objects one worker thread owns: a reader per source locale, an assembler per output locale.
final class BuildWorker {
    private var readers: [String: DocumentReader] = [:]
    private var assemblers: [String: PostAssembler] = [:]
    private let slugger: Slugger
    private let builder: SiteBuilder
    private let settings: BuildSettings
    private let locales: [String: LoadedLocale]
    private let layout: OutputLayout
    private let signatures: InputSignatures

    init(
        builder: SiteBuilder, settings: BuildSettings, locales: [String: LoadedLocale], layout: OutputLayout,
        signatures: InputSignatures
    ) {
        self.builder = builder
        self.signatures = signatures
        self.settings = settings
        self.locales = locales
        self.layout = layout
        slugger = Slugger()
    }

    func build(_ post: SourcePost) -> PostResult {
        var result = PostResult(post: post)
        var current = BuildStep.readPost
        do throws(DragomanError) {
            let document = try reader(post.locale).read(
                try post.contents(), path: post.path, defaultSlug: String(post.fileName.dropLast(3)))
            result.diagnostics += document.warnings
            current = .assemble
            var revisions: [String: String] = [:]
            for locale in settings.locales {
                var translations: [SegmentID: AssemblyTranslation] = [:]
                if locale != document.locale {
                    // The signature is taken before the file is read: a change while reading shows next time.
                    let file = builder.translations.revisionFile(post: document.slug, locale: locale)
                    let signature = file.flatMap(signatures.signature(of:))
                    let read = try builder.translations.translationsAndRevision(for: document, locale: locale)
                    translations = read.translations
                    revisions[locale] = read.revision
                    if let file, let signature, read.revision != "none" {
                        signatures.record(file, signature: signature, hash: read.revision)
                    }
                }
                let assembled = try assembler(locale).assemble(document, translations: translations)
                current = .write
                try record(assembled, post: post, document: document, into: &result)
                current = .assemble
            }
            result.cache = BuildCache.Post(
                source: post.bytesHash, slug: document.slug,
                translations: try builder.translationsHash(
                    slug: document.slug, settings: settings, sourceLocale: post.locale, signatures: signatures,
                    known: revisions))
        } catch {
            result.error = (current, error)
        }
        return result
    }

    private func record(
        _ assembled: AssembledPost, post: SourcePost, document: SourceDocument, into result: inout PostResult
    )
        throws(DragomanError)
    {
        let counts = assembled.counts
        var entry = BuildManifest.Entry(
            source: post.path, locale: assembled.locale, status: .written, path: nil, slug: assembled.slug,
            completeness: (counts.completeness * 10_000).rounded() / 10_000, segments: counts.segments,
            translated: counts.translated, fallback: counts.fallback, stale: counts.stale, hash: nil)
        switch assembled.decision {
        case .write:
            guard let file = assembled.bytes else { break }
            let path = layout.postPath(locale: assembled.locale, sourceFile: post.fileName)
            let filePath = try layout.filePath(path)
            let durable = builder.durable
            // The bytes are written and hashed in place, never copied into `Data`.
            let (written, hash) = file.withUnsafeBufferPointer { bytes -> (Result<Bool, DragomanError>, String) in
                let written = Result { () throws(DragomanError) -> Bool in
                    try AtomicFile.write(bytes: UnsafeRawBufferPointer(bytes), toPath: filePath, durable: durable)
                }
                return (written, ContentHash.of(bytes))
            }
            if try written.get() { result.written.append(path) }
            entry.path = path
            entry.hash = hash
        case .skip:
            entry.status = .skipped
        case .fail:
            entry.status = .failed
            let shown = assembled.missing.prefix(5).map(\.rawValue).joined(separator: ", ")
            result.failures.append(
                DragomanError(
                    path: post.path,
                    "\(counts.fallback) of \(counts.segments) segments have no '\(assembled.locale)' translation (\(shown)\(counts.fallback > 5 ? ", …" : ""))",
                    hint:
                        "translate them in Locales/\(assembled.locale)/translations/\(document.slug).xlf, or change missing_translations in Locales/\(assembled.locale)/profile.yaml"
                ))
        }
        if counts.stale > 0 {
            result.diagnostics.append(
                Diagnostic(
                    .warning, at: SourceLocation(path: post.path),
                    "\(counts.stale) stale '\(assembled.locale)' translation\(counts.stale == 1 ? "" : "s"): the source changed since they were translated",
                    notes: ["review them in Locales/\(assembled.locale)/translations/\(document.slug).xlf"]))
        }
        result.entries.append(entry)
    }

    private func reader(_ locale: String) throws(DragomanError) -> DocumentReader {
        if let reader = readers[locale] { return reader }
        let reader = DocumentReader(
            segmenter: try builder.project.segmenter(locale), translatableKeys: settings.configuration.translatableKeys)
        readers[locale] = reader
        return reader
    }

    private func assembler(_ locale: String) throws(DragomanError) -> PostAssembler {
        if let assembler = assemblers[locale] { return assembler }
        guard let loaded = locales[locale] else {
            throw DragomanError(path: "Locales/\(locale)/profile.yaml", "locale '\(locale)' was not loaded")
        }
        let formatter: LocaleFormatter
        do {
            formatter = try LocaleFormatter(profile: loaded.profile, catalog: loaded.catalog)
        } catch {
            throw DragomanError(
                path: "Locales/\(locale)/profile.yaml",
                "ICU cannot count words in '\(loaded.profile.icuLocale)': \(error)")
        }
        let assembler = PostAssembler(formatter: formatter, slugger: slugger)
        assemblers[locale] = assembler
        return assembler
    }
}

/// Results gathered from worker threads.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private(set) var results: [PostResult] = []

    func claim(limit: Int) -> Int? {
        lock.withLock {
            guard next < limit else { return nil }
            next += 1
            return next - 1
        }
    }

    func add(_ result: PostResult) -> Int {
        lock.withLock {
            results.append(result); return results.count
        }
    }
}

extension SiteBuilder {
    func runWorkers(
        _ posts: [SourcePost], locales: [String: LoadedLocale], settings: BuildSettings, layout: OutputLayout,
        signatures: InputSignatures, progress: @Sendable (Int, Int) -> Void
    ) -> [PostResult] {
        // Nothing to rebuild (a no-change build): no worker to set up.
        guard !posts.isEmpty else { return [] }
        let box = ResultBox()
        let threads = min(workers, max(1, posts.count / 8))
        let builder = self
        let work = {
            let worker = BuildWorker(
                builder: builder, settings: settings, locales: locales, layout: layout, signatures: signatures)
            while let index = box.claim(limit: posts.count) {
                let done = box.add(worker.build(posts[index]))
                progress(done, posts.count)
            }
        }
        // Threads of our own beside the calling one: `DispatchQueue.concurrentPerform` on Linux often ran every
        // iteration on the calling thread when the machine was busy, leaving the second core idle.
        withoutActuallyEscaping(work) { work in
            let helpers = WorkerThreads(count: threads - 1, body: work)
            work()
            helpers.wait()
        }
        return box.results.sorted { $0.post.path < $1.post.path }
    }
}

/// `body(0..<count)` on `threads` threads (the calling one among them), results in index order.
func parallelMap<T>(_ count: Int, threads: Int, _ body: (Int) -> T) -> [T] {
    let threads = min(threads, max(1, count / 64))
    guard threads > 1 else { return (0..<count).map(body) }
    let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer {
        results.deinitialize()
        results.deallocate()
    }
    let next = Atomic<Int>(0)
    return withoutActuallyEscaping(body) { body in
        let work = {
            while true {
                // Chunks of 16 indices: little contention, and neither thread is left with much at the end.
                let start = next.add(16, ordering: .relaxed).oldValue
                guard start < count else { return }
                for index in start..<min(start + 16, count) { results[index] = body(index) }
            }
        }
        withoutActuallyEscaping(work) { work in
            let helpers = WorkerThreads(count: threads - 1, body: work)
            work()
            helpers.wait()
        }
        return results.map { $0! }
    }
}

/// Runs `body` on `count` new threads at once (8 MB stacks, as the main thread's). Each thread lets go of
/// `body` before it says it is done, so `body` may be a closure that must not escape.
private final class WorkerThreads: @unchecked Sendable {
    private let finished = DispatchGroup()

    private final class Context {
        let body: () -> Void
        let finished: DispatchGroup
        init(body: @escaping () -> Void, finished: DispatchGroup) {
            self.body = body
            self.finished = finished
        }
    }

    init(count: Int, body: @escaping () -> Void) {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, 8 << 20)
        for _ in 0..<max(0, count) {
            finished.enter()
            let context = Unmanaged.passRetained(Context(body: body, finished: finished)).toOpaque()
            var thread = pthread_t()
            let created = pthread_create(
                &thread, &attributes,
                { raw in
                    let finished: DispatchGroup
                    do {
                        let context = Unmanaged<Context>.fromOpaque(raw!).takeRetainedValue()
                        context.body()
                        finished = context.finished
                    }
                    finished.leave()
                    return nil
                }, context)
            if created == 0 {
                pthread_detach(thread)
            } else {
                // No thread to be had: the work is done here instead (the calling thread shares it anyway).
                let context = Unmanaged<Context>.fromOpaque(context).takeRetainedValue()
                context.body()
                finished.leave()
            }
        }
    }

    func wait() { finished.wait() }
}
