import CLeptonica

/// Measurements over an image: projections, skew, averages.
extension LeptonicaImage {
    /// Ink pixels per column of a bilevel image.
    public func inkPerColumn() -> [Double] { Self.values(of: pixCountPixelsByColumn(pointer)) }

    /// Ink pixels per row of a bilevel image.
    public func inkPerRow() -> [Double] { Self.values(of: pixCountPixelsByRow(pointer, nil)) }

    /// Mean value per column of an 8-bit image.
    public func meanPerColumn() -> [Double] { Self.values(of: pixAverageByColumn(pointer, nil, l_int32(L_WHITE_IS_MAX))) }

    /// Mean value per row of an 8-bit image.
    public func meanPerRow() -> [Double] { Self.values(of: pixAverageByRow(pointer, nil, l_int32(L_WHITE_IS_MAX))) }

    /// The darkest value per column of an 8-bit image (empty when Leptonica fails).
    public func darkestPerColumn() -> [Double] {
        var column = pixScaleGrayMinMax(pointer, 1, l_int32(height), l_int32(L_CHOOSE_MIN))
        defer { pixDestroy(&column) }
        guard let column else { return [] }
        return Self.values(of: pixAverageByColumn(column, nil, l_int32(L_WHITE_IS_MAX)))
    }

    /// The skew of the text lines and rulings of a bilevel image, in degrees counter-clockwise, searched within
    /// ±`range` degrees, with Leptonica's confidence (0 when it found nothing to go on).
    public func skew(range: Double = 7) -> (degrees: Double, confidence: Double)? {
        var angle: Float = 0
        var confidence: Float = 0
        let status = pixFindSkewSweepAndSearch(pointer, &angle, &confidence, 1, 1, Float(range), 0.5, 0.01)
        guard status == 0 else { return nil }
        return (Double(angle), Double(confidence))
    }

    /// The value at `rank` (0 darkest, 1 brightest) of an 8-bit image, sampled every `factor` pixels.
    public func rankValue(_ rank: Double, factor: Int = 4) -> Int? {
        var value: UInt32 = 0
        guard pixGetRankValue(pointer, l_int32(factor), Float(rank), &value) == 0 else { return nil }
        return Int(value)
    }

    private static func values(of numa: UnsafeMutablePointer<NUMA>?) -> [Double] {
        guard let numa else { return [] }
        defer {
            var owned: UnsafeMutablePointer<NUMA>? = numa
            numaDestroy(&owned)
        }
        let count = Int(numaGetCount(numa))
        var values = [Double](repeating: 0, count: count)
        for index in 0..<count {
            var value: Float = 0
            numaGetFValue(numa, l_int32(index), &value)
            values[index] = Double(value)
        }
        return values
    }
}

extension LeptonicaImage {
    /// Whether both images have the same size, depth and pixels.
    public func hasSamePixels(as other: borrowing LeptonicaImage) -> Bool {
        var same: l_int32 = 0
        return pixEqual(pointer, other.pointer, &same) == 0 && same == 1
    }
}
