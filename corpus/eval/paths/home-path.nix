~/dir/file
