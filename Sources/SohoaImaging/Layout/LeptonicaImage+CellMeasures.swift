import CLeptonica

/// The gray morphology, gray arithmetic, mask building and masked statistics that measuring a cell uses.
extension LeptonicaImage {
    /// A blank image of `width` × `height` at `depth` bits (all 0).
    static func blank(width: Int, height: Int, depth: Int) throws(ImagingError) -> LeptonicaImage {
        try made(pixCreate(l_int32(max(1, width)), l_int32(max(1, height)), l_int32(depth)), "create an image")
    }

    /// Gray closing (dilation, then erosion) of an 8-bit image by a `width` × `height` brick: every dark feature
    /// the brick cannot fit inside takes the level of what surrounds it; what is left is the background. The image is
    /// mirrored out beyond its edges first, so that a brick cut short by an edge does not brighten what lies along it.
    func grayClosed(width: Int, height: Int) throws(ImagingError) -> LeptonicaImage {
        let (across, down) = (Self.odd(width), Self.odd(height))
        let (side, top) = (min(across / 2 + 1, self.width - 1), min(down / 2 + 1, self.height - 1))
        let padded = try Self.made(
            pixAddMirroredBorder(pointer, l_int32(side), l_int32(side), l_int32(top), l_int32(top)), "mirror an image out")
        let closed = try Self.made(pixCloseGray(padded.pointer, l_int32(across), l_int32(down)), "close an image (gray)")
        return try Self.made(
            pixRemoveBorderGeneral(closed.pointer, l_int32(side), l_int32(side), l_int32(top), l_int32(top)),
            "trim an image")
    }

    /// Gray opening (erosion, then dilation) of an 8-bit image by a `width` × `height` brick: bright specks the brick
    /// cannot fit inside take the level around them.
    func grayOpened(width: Int, height: Int) throws(ImagingError) -> LeptonicaImage {
        try Self.made(pixOpenGray(pointer, l_int32(Self.odd(width)), l_int32(Self.odd(height))), "open an image (gray)")
    }

    /// `self − other` per pixel, clipped at 0 (8-bit images of one size).
    func grayDifference(from other: borrowing LeptonicaImage) throws(ImagingError) -> LeptonicaImage {
        try Self.made(pixSubtractGray(nil, pointer, other.pointer), "subtract two gray images")
    }

    /// Bilevel: 1 where this 8-bit image is at least `level`.
    func reaching(_ level: Int) throws(ImagingError) -> LeptonicaImage {
        let below = try Self.made(pixThresholdToBinary(pointer, l_int32(max(0, min(256, level)))), "threshold an image")
        return try Self.made(pixInvert(nil, below.pointer), "invert a mask")
    }

    /// Sobel gradient magnitude (|horizontal| + |vertical|, clipped to 255) of an 8-bit image, in levels per pixel.
    func sobelGradient() throws(ImagingError) -> LeptonicaImage {
        try Self.made(pixSobelEdgeFilter(pointer, l_int32(L_ALL_EDGES)), "find edges")
    }

    /// The pixels set in both bilevel images.
    func maskIntersection(_ other: borrowing LeptonicaImage) throws(ImagingError) -> LeptonicaImage {
        try Self.made(pixAnd(nil, pointer, other.pointer), "intersect two masks")
    }

    /// This bilevel image without the pixels set in `other`.
    func maskRemoving(_ other: borrowing LeptonicaImage) throws(ImagingError) -> LeptonicaImage {
        try Self.made(pixSubtract(nil, pointer, other.pointer), "subtract a mask")
    }

    /// The pixels set in either bilevel image.
    func maskUnion(_ other: borrowing LeptonicaImage) throws(ImagingError) -> LeptonicaImage {
        try Self.made(pixOr(nil, pointer, other.pointer), "unite two masks")
    }

    /// The connected components (8-connected) of this bilevel image that touch `seed`, whole.
    func components(touching seed: borrowing LeptonicaImage) throws(ImagingError) -> LeptonicaImage {
        try Self.made(pixSeedfillBinary(nil, seed.pointer, pointer, 8), "grow a mask from a seed")
    }

    /// The connected components (8-connected) of this bilevel image at least `width` wide or `height` tall.
    func components(atLeastWidth width: Int, orHeight height: Int) throws(ImagingError) -> LeptonicaImage {
        var changed: l_int32 = 0
        return try Self.made(
            pixSelectBySize(
                pointer, l_int32(width), l_int32(height), 8, l_int32(L_SELECT_IF_EITHER), l_int32(L_SELECT_IF_GTE),
                &changed),
            "select components by size")
    }

    /// A bilevel image of this size with only `region` set.
    func regionMask(_ region: PixelRect) throws(ImagingError) -> LeptonicaImage {
        let mask = try Self.blank(width: width, height: height, depth: 1)
        var box = boxCreate(l_int32(region.x), l_int32(region.y), l_int32(max(1, region.width)), l_int32(max(1, region.height)))
        guard box != nil else { throw ImagingError("make a box") }
        defer { boxDestroy(&box) }
        pixSetInRect(mask.pointer, box)
        return mask
    }

    /// The number of set pixels of a bilevel image.
    var setPixelCount: Int {
        var count: l_int32 = 0
        return pixCountPixels(pointer, &count, nil) == 0 ? Int(count) : 0
    }

    /// The number of set pixels of a bilevel image inside `region` (clipped to the image).
    func setPixelCount(in region: PixelRect) -> Int {
        var box = boxCreate(l_int32(region.x), l_int32(region.y), l_int32(max(1, region.width)), l_int32(max(1, region.height)))
        guard box != nil else { return 0 }
        defer { boxDestroy(&box) }
        var count: l_int32 = 0
        return pixCountPixelsInRect(pointer, box, &count, nil) == 0 ? Int(count) : 0
    }

    /// The value at `rank` (0 darkest, 1 brightest) of this 8-bit image among the pixels set in `mask` (same size),
    /// or nil when the mask is empty.
    func rankValue(_ rank: Double, under mask: borrowing LeptonicaImage) -> Double? {
        guard mask.setPixelCount > 0 else { return nil }
        var value: Float = 0
        guard pixGetRankValueMasked(pointer, mask.pointer, 0, 0, 1, Float(rank), &value, nil) == 0 else { return nil }
        return Double(value)
    }

    /// How many pixels of an 8-bit image (sampled every `factor`) are pure black, pure white and in between.
    func levelCounts(factor: Int = 2) -> (black: Int, white: Int, between: Int)? {
        guard let histogram = pixGetGrayHistogram(pointer, l_int32(max(1, factor))) else { return nil }
        var owned: UnsafeMutablePointer<NUMA>? = histogram
        defer { numaDestroy(&owned) }
        var total: Float = 0
        var black: Float = 0
        var white: Float = 0
        numaGetSum(histogram, &total)
        numaGetFValue(histogram, 0, &black)
        numaGetFValue(histogram, 255, &white)
        return (Int(black), Int(white), Int(total - black - white))
    }

    private static func odd(_ size: Int) -> Int { max(1, size | 1) }
}
