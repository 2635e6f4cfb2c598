builtins.fetchGit { url = "/x"; shallow = 1; }
