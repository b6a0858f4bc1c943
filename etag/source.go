// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package etag

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"time"

	"github.com/peopleupdate/peopleupdate/person"
)

// sourceLabel separates source etag digests from every other use of SHA-256.
const sourceLabel = "peopleupdate/etag.NextSource/v1\x00"

// NextSource returns the etag a source gets when an update stores it at
// updateTime, given its previous etag prev ("" for a new source): "#" followed
// by the standard base64 encoding of 8 bytes, the shape of the People API's
// source etags ("#vmL7ePGYhLw=").
//
// The result is derived, not random: the first 8 bytes of a SHA-256 digest of
// prev and the instant updateTime (its location and monotonic reading are
// ignored), so that the same inputs always give the same etag and any other
// (prev, updateTime) pair gives another one. It never equals prev. [SPEC §4]
// step 5 and §6.
//
// [SPEC §4]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#4-merge-stored--request--new-stored
func NextSource(prev string, updateTime time.Time) string {
	var buf [128]byte
	b := append(buf[:0], sourceLabel...)
	b = appendLen(b, prev)
	b = updateTime.UTC().AppendFormat(b, time.RFC3339Nano)
	for {
		sum := sha256.Sum256(b)
		var out [1 + 12]byte
		out[0] = '#'
		base64.StdEncoding.Encode(out[1:], sum[:8])
		if s := string(out[:]); s != prev {
			return s
		}
		// A 2^-64 chance: the digest reproduced prev. Hash again, so that an
		// update always changes the etag.
		b = append(b[:0], sum[:]...)
	}
}

// MatchesSource reports whether sent, an entry of a request's
// person.metadata.sources, carries the current etag of the stored contact
// source stored ([SPEC §3] step 6): sent names no id or stored's id, and its
// etag is stored's. A nil stored (a person without a contact source) matches
// nothing. Whether sent is a token at all (type CONTACT, non-empty etag) is the
// caller's business.
//
// [SPEC §3]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#3-checks-in-this-order-the-first-failure-is-returned-nothing-is-changed
func MatchesSource(stored, sent *person.Source) bool {
	if stored == nil {
		return false
	}
	return (sent.GetId() == "" || sent.GetId() == stored.GetId()) && sent.GetEtag() == stored.GetEtag()
}

// appendLen appends s to b preceded by its length as a uvarint, so that
// concatenated fields cannot be confused with one another.
func appendLen(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}
