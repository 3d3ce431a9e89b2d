"""Synthetic scans of the sohoa reference ledgers (KS, KT, KH) with exact ground truth.

Run through `scripts/make-samples`. One module per concern:

- `rng`         deterministic random streams derived from the seed and string keys
- `domain`      shared/domain data: names, surnames, admin units, ethnic groups
- `forms`       the three ledger forms: columns, printed headers, widths
- `content`     plausible, consistent records with their written text and export values
- `fonts`       font files and glyph-coverage checks
- `handwriting` hands (printed and handwritten) and their glyph rendering
- `typeset`     fitting text into cells (sizes, line breaks, shorter variants)
- `layout`      page geometry: header band, ruled grid, page number
- `formstyle`   how a book's printed form looks: face, ruling ink and line weights
- `page`        drawing one page: paper, form, entries, damage, marks
- `damage`      cell damage: blur, smudge, faded, stain, torn
- `annotations` marks planned over the pages (wide preset) and the cells they hide
- `seals`       red round seals
- `marks`       signatures, pencil ticks, dots and strokes, margin notes, cup rings
- `bleed`       bleed-through of the reverse side's ink
- `scan`        scan kinds: flatbed spread, photographed spread (keystoned in the wide preset), single page
- `pagemap`     truth.json's page-to-image maps, affine or homography (standard library only)
- `encoders`    TIFF/PNG variants and deliberately bad files
- `book`        one book planned: records on openings and files, damage; rendering jobs
- `truth`       truth.json
- `presets`     the committed sample batch, the benchmark batch and the wide batch (FROZEN.md: which
                seeds are for tuning and which are frozen)
- `verify`      checks that every written file is the variant it claims
- `cli`         command line
"""
