// A root connection's way in (cypher/fragments/*/ways): the first of the possible ways whose
// parameter is given, else the last; each way's branch yields rows only when it is the one
// chosen, so the others never run, and each can use its own index. A way stands here only
// if the query's filter can give its parameter.
WITH CASE {{choices}} END AS {way}
CALL ({way}) {
  {{branches}}
}
RETURN {node}
