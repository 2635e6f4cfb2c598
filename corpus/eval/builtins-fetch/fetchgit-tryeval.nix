builtins.tryEval (builtins.fetchGit { })
