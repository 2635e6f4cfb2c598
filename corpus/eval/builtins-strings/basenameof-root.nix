[ (baseNameOf "/") (baseNameOf "") (baseNameOf "a//") (baseNameOf "plain") ]
