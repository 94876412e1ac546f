// Search over titles and text in simplified form (searchText), so one query finds both scripts.
// The cjk analyzer indexes Chinese as overlapping character bigrams: no segmentation model needed.
CREATE FULLTEXT INDEX search IF NOT EXISTS FOR (n:Task|Indicator|Plan|Department) ON EACH [n.searchText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
