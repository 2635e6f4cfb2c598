builtins.fetchMercurial { url = "/x"; rev = 1; }
