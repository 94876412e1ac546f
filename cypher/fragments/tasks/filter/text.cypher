// TaskFilter.text (matchKey form)
($text IS NULL OR {task}.searchText CONTAINS $text)
