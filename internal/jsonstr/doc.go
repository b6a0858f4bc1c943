// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package jsonstr writes JSON strings the way Google's front end escapes them.
// It is the one string escaper of the module: package person's encoder and
// package apierror's error envelope both use it. It imports only the standard
// library, so that every package, apierror included, may import it.
//
// Both kinds of output escape the quote, the backslash, control characters
// (\b \f \n \r \t, the others as \u00XX), < > & and DEL, and, as \u escapes,
// C1 controls, the soft hyphen and Unicode's invisible format characters
// (U+200B to U+200F, U+2028 to U+202E, U+FEFF, ...). They differ in one point,
// which the two names carry: a resource body ([Append]) also escapes ' and =
// (a photo URL's "=s100" is written "\u003ds100"), while the error envelope
// ([AppendMessage]) writes them as they are (the front end's envelopes quote
// places as 'person.names[0]', unescaped).
package jsonstr
