builtins.fetchGit { url = "http://example.invalid/r"; ref = [ ]; }
