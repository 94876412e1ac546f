// One SourceDocument per plan: cypher/load/merge-document.cypher merges on planId.
CREATE CONSTRAINT source_document_plan IF NOT EXISTS FOR (d:SourceDocument) REQUIRE d.planId IS UNIQUE;
