// IndicatorFilter.concept (normalized)
($concept IS NULL OR {indicator}.concept CONTAINS $concept)
