import CLeptonica

/// Bilevel mask arithmetic and the foreground of regions.
extension LeptonicaImage {
    /// The union of two bilevel images of the same size.
    public func union(_ other: borrowing LeptonicaImage) throws(ImagingError) -> LeptonicaImage {
        try Self.made(pixOr(nil, pointer, other.pointer), "unite two masks")
    }

    /// The pixels set in both bilevel images.
    public func intersection(_ other: borrowing LeptonicaImage) throws(ImagingError) -> LeptonicaImage {
        try Self.made(pixAnd(nil, pointer, other.pointer), "intersect two masks")
    }

    /// A bilevel image of `width` × `height` with only the pixels inside `regions` set.
    public static func mask(width: Int, height: Int, regions: [PixelRect]) throws(ImagingError) -> LeptonicaImage {
        let mask = try made(pixCreate(l_int32(width), l_int32(height), 1), "create a mask")
        for region in regions {
            guard let box = boxCreate(l_int32(region.x), l_int32(region.y), l_int32(region.width), l_int32(region.height))
            else { throw ImagingError("create a box") }
            var owned: UnsafeMutablePointer<BOX>? = box
            pixSetInRect(mask.pointer, box)
            boxDestroy(&owned)
        }
        return mask
    }

    /// This bilevel image without the pixels set in `other`.
    public func subtracting(_ other: borrowing LeptonicaImage) throws(ImagingError) -> LeptonicaImage {
        try Self.made(pixSubtract(nil, pointer, other.pointer), "subtract a mask")
    }

    /// A bilevel image keeping only the connected components at least `width` wide or `height` tall.
    public func keepingComponents(width: Int, height: Int) throws(ImagingError) -> LeptonicaImage {
        var changed: l_int32 = 0
        return try Self.made(
            pixSelectBySize(pointer, l_int32(width), l_int32(height), 8, l_int32(L_SELECT_IF_EITHER),
                            l_int32(L_SELECT_IF_GTE), &changed),
            "select components by size")
    }

    /// The bounding box of the set pixels of a bilevel image inside `region`, or nil when there are none.
    public func foregroundBox(in region: PixelRect) -> PixelRect? {
        guard let box = boxCreate(l_int32(region.x), l_int32(region.y), l_int32(region.width), l_int32(region.height))
        else { return nil }
        var owned: UnsafeMutablePointer<BOX>? = box
        defer { boxDestroy(&owned) }
        var found: UnsafeMutablePointer<BOX>?
        defer { boxDestroy(&found) }
        guard pixClipBoxToForeground(pointer, box, nil, &found) == 0, let clipped = found else { return nil }
        var (x, y, width, height): (l_int32, l_int32, l_int32, l_int32) = (0, 0, 0, 0)
        boxGetGeometry(clipped, &x, &y, &width, &height)
        return PixelRect(x: Int(x), y: Int(y), width: Int(width), height: Int(height))
    }

    /// The number of set pixels of a bilevel image inside `region`.
    public func setPixels(in region: PixelRect) -> Int {
        guard let box = boxCreate(l_int32(region.x), l_int32(region.y), l_int32(region.width), l_int32(region.height))
        else { return 0 }
        var owned: UnsafeMutablePointer<BOX>? = box
        defer { boxDestroy(&owned) }
        var count: l_int32 = 0
        return pixCountPixelsInRect(pointer, box, &count, nil) == 0 ? Int(count) : 0
    }
}

extension LeptonicaImage {
    /// The bounding boxes of the 8-connected components of a bilevel image.
    public func componentBoxes() throws(ImagingError) -> [PixelRect] {
        var owned = pixConnCompBB(pointer, 8)
        defer { boxaDestroy(&owned) }
        guard let boxes = owned else { throw ImagingError("find connected components") }
        return (0..<boxaGetCount(boxes)).map { index in
            var (x, y, width, height): (l_int32, l_int32, l_int32, l_int32) = (0, 0, 0, 0)
            boxaGetBoxGeometry(boxes, index, &x, &y, &width, &height)
            return PixelRect(x: Int(x), y: Int(y), width: Int(width), height: Int(height))
        }
    }
}
