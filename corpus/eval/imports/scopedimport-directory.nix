(scopedImport { } ./lib/dir-with-default).value
