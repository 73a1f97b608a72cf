"""Sources of bytes: files on disk, staged blobs, archive members, .pypirc."""
