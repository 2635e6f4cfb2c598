builtins.fetchGit { ref = "main"; }
