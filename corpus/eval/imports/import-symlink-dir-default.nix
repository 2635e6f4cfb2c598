import ./lib/linked/dir-link
