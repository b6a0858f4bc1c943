// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package jsonscan is the lexical half of package person's JSON decoder: a
// scanner of JSON tokens (white space, strings, numbers, literals) with the
// syntax errors of Google's JSON parser, and the conversions of scalar tokens
// to int32 values and timestamps that the front end accepts. The schema-driven
// half, which knows the Person messages and the places of errors, stays in
// package person.
//
// The files are named by what they read: scanner.go (tokens), strings.go,
// numbers.go, timestamps.go, and errors.go (syntax errors).
package jsonscan
