builtins.fetchGit "relative/path"
