// Imported first by Node integration tests: the pinned undici and SDKs need Node >= 20.18.1.
// Debian 12's own nodejs is 18, so say what is missing and skip (ctest treats 77 as skipped).
const [maj, min] = process.versions.node.split('.').map(Number);
if (maj < 20 || (maj === 20 && min < 18)) {
  console.log(`SKIP: Node ${process.versions.node} is too old for the pinned SDKs; ` +
    'install Node >= 20.18 (e.g. NodeSource nodejs 20)');
  process.exit(77);
}
