builtins.fetchMercurial 1
