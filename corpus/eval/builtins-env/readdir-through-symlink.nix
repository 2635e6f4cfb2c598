builtins.readDir ./fixtures/dir/link-to-sub
