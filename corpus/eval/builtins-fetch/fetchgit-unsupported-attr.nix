builtins.fetchGit { url = "http://example.invalid/r"; foo = 1; }
