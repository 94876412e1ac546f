import { startApi } from "./support/api";
it("probe", async () => {
  const api = await startApi();
  let r = await api.gql(`query($k: TaskKind) { tasks(filter: { kind: $k }) { totalCount } }`, { k: "BOOK" });
  console.log(r.status, JSON.stringify(r.body), api.logs.join("\n"));
  r = await api.gql(`query($k: Int) { tasks(first: $k) { totalCount } }`, { k: "abc" });
  console.log(r.status, JSON.stringify(r.body));
  await api.close();
}, 300000);
