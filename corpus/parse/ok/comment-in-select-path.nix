let a = { b = { c = 1; }; }; in a /* x */ . /* y */ b /* z */ . c
