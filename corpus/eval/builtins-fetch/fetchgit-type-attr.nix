builtins.fetchGit { url = "http://example.invalid/r"; type = "git"; }
