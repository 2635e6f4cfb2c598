import ./lib/dir-with-default
