builtins.fetchGit { url = true; }
