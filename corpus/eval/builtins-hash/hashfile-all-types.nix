map (t: builtins.hashFile t ./fixtures/hello.txt) [ "md5" "sha1" "sha256" "sha512" ]
