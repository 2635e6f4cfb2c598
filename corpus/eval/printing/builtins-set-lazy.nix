builtins // { currentTime = 0; builtins = null; }
