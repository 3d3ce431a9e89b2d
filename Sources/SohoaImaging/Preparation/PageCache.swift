public import Foundation

/// The page masters the review page cuts crops and row strips from, decoded once and kept while they are in use:
/// a grid of 48 crops, or 20 reviewers on one book, decode a page once rather than once a picture. Holds the
/// `capacity` pages used last; safe to share among threads.
public final class PageCache: @unchecked Sendable {
    /// A decoded master, only ever read once decoded (Leptonica's clipping reads its source and nothing else).
    public final class Page: @unchecked Sendable {
        let image: LeptonicaImage

        init(image: consuming LeptonicaImage) { self.image = image }
    }

    private let capacity: Int
    private let lock = NSLock()
    /// The pages kept, the one used last at the end.
    private var pages: [(key: String, page: Page)] = []

    public init(capacity: Int = 8) { self.capacity = max(1, capacity) }

    /// The decoded master at `url`, through `cache` when there is one.
    static func page(at url: URL, through cache: PageCache?) throws(ImagingError) -> Page {
        if let cache { return try cache.page(at: url) }
        return Page(image: try LeptonicaImage.reading(path: url.path))
    }

    /// The decoded master at `url`, from the cache or read now.
    public func page(at url: URL) throws(ImagingError) -> Page {
        // Keyed by modification time too: a page prepared again is decoded again.
        let modified = (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let key = "\(url.path)\u{0}\(modified)"
        if let kept = lock.withLock({ () -> Page? in
            guard let index = pages.firstIndex(where: { $0.key == key }) else { return nil }
            let entry = pages.remove(at: index)
            pages.append(entry)
            return entry.page
        }) { return kept }
        // Decoded outside the lock: two threads may both decode a page the first time; the second is dropped.
        let page = Page(image: try LeptonicaImage.reading(path: url.path))
        lock.withLock {
            guard !pages.contains(where: { $0.key == key }) else { return }
            pages.append((key, page))
            if pages.count > capacity { pages.removeFirst() }
        }
        return page
    }
}
