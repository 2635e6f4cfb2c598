builtins.fetchGit { url = "/x"; rev = "abc"; }
