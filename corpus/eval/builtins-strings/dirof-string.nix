[ (dirOf "/a/b") (dirOf "a") (dirOf "/a") (dirOf "a/b/") (dirOf "") (dirOf "//") ]
