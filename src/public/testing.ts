// guidelint/testing: table testers for rules (give them your framework's describe and it).
export {
  runItemRule,
  testCatalogRule,
  testRule,
  type CatalogCase,
  type ExpectedCatalogFinding,
  type ExpectedFinding,
  type InvalidCase,
  type RunOptions,
  type TestFramework,
  type ValidCase,
} from "../testing/rule-tester.js";
