// IndicatorFilter.attribute
($attribute IS NULL OR {indicator}.attribute = $attribute)
