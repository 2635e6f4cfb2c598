builtins.path { path = "${./fixtures/plain.txt}"; }
