// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package etag

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"

	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

// A person etag is "%" followed by the standard base64 encoding (24 characters,
// no padding) of 18 bytes:
//
//	[0]      version, 1
//	[1:5]    the read mask: its person.FieldSet, uint32 little-endian (bit i = person.Field i)
//	[5]      the read sources: the mask.Sources bit set
//	[6:18]   the first 12 bytes of the SHA-256 digest of the person's state (see digest)
//
// Only this version is accepted, and a mask or sources that is empty or holds
// a bit of no field or ReadSource makes the etag malformed, so that Decode
// accepts exactly the strings ForPerson can return.
const (
	version     = 1
	digestLen   = 12
	rawLen      = 1 + 4 + 1 + digestLen
	encodedLen  = rawLen / 3 * 4 // rawLen is a multiple of 3: no padding
	etagLen     = 1 + encodedLen
	personLabel = "peopleupdate/etag.ForPerson/v1\x00"
)

// ForPerson returns the person etag that a read of p with read mask r and read
// sources s carries ([SPEC §6]). It depends on r, s, p.resourceName and, for
// every entry of p.metadata.sources in order, its type, id and etag; nothing
// else of p (the source etags change whenever the data does).
//
// For a person whose resource name and sources take less than about 200
// bytes, ForPerson allocates nothing but the returned string.
//
// [SPEC §6]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#6-etags
func ForPerson(p *person.Person, r mask.Read, s mask.Sources) string {
	var raw [rawLen]byte
	raw[0] = version
	binary.LittleEndian.PutUint32(raw[1:5], uint32(r.Fields()))
	raw[5] = byte(s)
	d := digest(p)
	copy(raw[6:], d[:digestLen])

	var out [etagLen]byte
	out[0] = '%'
	base64.StdEncoding.Encode(out[1:], raw[:])
	return string(out[:])
}

// Decode returns the read mask and read sources that the person etag tag was
// issued for. It reports false, with zero values, if tag is not an etag
// ForPerson can return: wrong prefix or length, not base64, another version, an
// empty or out-of-range mask or sources.
func Decode(tag string) (mask.Read, mask.Sources, bool) {
	raw, ok := decode(tag)
	if !ok {
		return mask.Read{}, 0, false
	}
	return readOf(raw), mask.Sources(raw[5]), true
}

// Matches reports whether tag, sent back as person.etag, is valid for p as it
// is now: decoding tag gives a read mask and sources under which ForPerson(p)
// yields exactly tag. Garbage, an etag of another person and an etag issued
// before any of p's sources changed do not match ([SPEC §3] step 6, §6).
//
// Matches allocates nothing.
//
// [SPEC §3]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#3-checks-in-this-order-the-first-failure-is-returned-nothing-is-changed
func Matches(p *person.Person, tag string) bool {
	raw, ok := decode(tag)
	if !ok {
		return false
	}
	d := digest(p)
	return [digestLen]byte(raw[6:]) == [digestLen]byte(d[:digestLen])
}

// decode returns the raw bytes of tag if they are a well-formed person etag.
func decode(tag string) (raw [rawLen]byte, ok bool) {
	if len(tag) != etagLen || tag[0] != '%' {
		return raw, false
	}
	var src [encodedLen]byte
	copy(src[:], tag[1:])
	n, err := base64.StdEncoding.Strict().Decode(raw[:], src[:])
	if err != nil || n != rawLen || raw[0] != version {
		return raw, false
	}
	fields := person.FieldSet(binary.LittleEndian.Uint32(raw[1:5]))
	if fields.IsEmpty() || fields&^person.AllFields != 0 || !validSources(mask.Sources(raw[5])) {
		return raw, false
	}
	return raw, true
}

// digest returns the SHA-256 digest of the parts of p a person etag depends on:
// its resource name and the type, id and etag of each of its sources, in order,
// each string preceded by its length so that no two states share an input.
func digest(p *person.Person) [sha256.Size]byte {
	var buf [256]byte // enough for most people; append moves to the heap beyond
	b := append(buf[:0], personLabel...)
	b = appendLen(b, p.GetResourceName())
	for _, src := range p.GetMetadata().GetSources() {
		b = binary.AppendUvarint(b, uint64(uint32(src.GetType())))
		b = appendLen(b, src.GetId())
		b = appendLen(b, src.GetEtag())
	}
	return sha256.Sum256(b)
}

// readOf returns the read mask encoded in raw.
func readOf(raw [rawLen]byte) mask.Read {
	return mask.ReadOf(person.FieldSet(binary.LittleEndian.Uint32(raw[1:5])))
}

// allSources is the set of every ReadSource a sources parameter may hold.
var allSources = mask.SourcesOf(mask.ReadSourceProfile, mask.ReadSourceContact, mask.ReadSourceDomainContact, mask.ReadSourceOtherContact)

// validSources reports whether s is a set ForPerson may have been given: not
// empty, and no bit but those of the accepted ReadSource values.
func validSources(s mask.Sources) bool { return s != 0 && s&^allSources == 0 }
