// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"image"
	"image/color"
	_ "image/jpeg" // image.DecodeConfig of JPEG photos
	"image/png"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/peopleupdate/peopleupdate"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
	"github.com/peopleupdate/peopleupdate/validate"
)

// photoPath is where the fake serves the photos its people's photo URLs name;
// as googleusercontent.com URLs do, it needs no credentials.
const photoPath = "/peoplefake/photos/"

// photoBlob is an uploaded photo.
type photoBlob struct {
	contentType string
	data        []byte
}

// photoResponse is an UpdateContactPhotoResponse or a DeleteContactPhotoResponse.
type photoResponse struct {
	Person json.RawMessage `json:"person,omitempty"`
}

// defaultPhoto is the placeholder the fake serves for contacts without a
// photo: a 1×1 grey PNG.
var defaultPhoto = sync.OnceValue(func() []byte {
	img := image.NewGray(image.Rect(0, 0, 1, 1))
	img.SetGray(0, 0, color.Gray{Y: 0xc0})
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		panic(err)
	}
	return b.Bytes()
})

// baseURL returns the scheme and host a request reached the fake at.
func baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	host := r.Host
	if host == "" {
		host = r.URL.Host
	}
	return scheme + "://" + host
}

// defaultPhotoURL is the URL of the placeholder photo.
func defaultPhotoURL(r *http.Request) string { return baseURL(r) + photoPath + "default" }

// setPhoto makes url the photo of p's contact source (the primary one),
// replacing any earlier photo of that source.
func setPhoto(p *person.Person, url string, isDefault bool) {
	cs := p.ContactSource()
	if cs == nil {
		return
	}
	kept := p.Photos[:0]
	for _, ph := range p.GetPhotos() {
		if !person.IsContactItem(ph, cs) {
			if ph.GetMetadata() != nil {
				ph.Metadata.Primary = false
			}
			kept = append(kept, ph)
		}
	}
	photo := &person.Photo{
		Metadata: &person.FieldMetadata{Primary: true, Source: &person.Source{Type: person.Source_CONTACT, Id: cs.GetId()}},
		Url:      url,
		Default:  isDefault,
	}
	p.Photos = append([]*person.Photo{photo}, kept...)
}

// photoKey returns the last segment of a photo URL the fake serves, or "".
func photoKey(url string) string {
	if i := strings.Index(url, photoPath); i >= 0 {
		return url[i+len(photoPath):]
	}
	return ""
}

// servePhoto serves a GET of a photo URL, reporting whether the path was one.
func (s *Server) servePhoto(w http.ResponseWriter, r *http.Request) bool {
	key, ok := strings.CutPrefix(r.URL.Path, photoPath)
	if !ok || (r.Method != http.MethodGet && r.Method != http.MethodHead) {
		return false
	}
	var blob *photoBlob
	if key == "default" {
		blob = &photoBlob{"image/png", defaultPhoto()}
	} else {
		s.mu.RLock()
		users := make([]*userStore, 0, len(s.users))
		for _, u := range s.users {
			users = append(users, u)
		}
		s.mu.RUnlock()
		blob = findPhoto(users, key)
	}
	if blob == nil {
		http.NotFound(w, r)
		return true
	}
	w.Header().Set("Content-Type", blob.contentType)
	w.Header().Set("Content-Length", strconv.Itoa(len(blob.data)))
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodGet {
		_, _ = w.Write(blob.data)
	}
	return true
}

// findPhoto returns the uploaded photo key of one of users, or nil. The
// users whose lock is free are looked at first, so that a photo of an idle
// user is not held up by another user's write; the others are waited for
// only if the photo is not found there.
func findPhoto(users []*userStore, key string) *photoBlob {
	var busy []*userStore
	for _, u := range users {
		if !u.mu.TryRLock() {
			busy = append(busy, u)
			continue
		}
		b, ok := u.photos[key]
		u.mu.RUnlock()
		if ok {
			return &b
		}
	}
	for _, u := range busy {
		u.mu.RLock()
		b, ok := u.photos[key]
		u.mu.RUnlock()
		if ok {
			return &b
		}
	}
	return nil
}

// invalidPhoto is the answer to photo bytes that are not a JPEG or PNG image.
func invalidPhoto() error {
	return invalidArgumentf("Invalid photo: the photo must be a JPEG or PNG image.").WithField("photo_bytes", "")
}

// decodePhoto decodes photoBytes (standard or URL-safe base64, padded or not)
// and checks it is a JPEG or PNG image, returning its content type.
func decodePhoto(raw json.RawMessage) ([]byte, string, error) {
	v, err := jsonString(raw, "photo_bytes", "TYPE_BYTES")
	if err != nil {
		return nil, "", err
	}
	v = strings.TrimRight(v, "=")
	data, err := base64.RawStdEncoding.DecodeString(v)
	if err != nil {
		data, err = base64.RawURLEncoding.DecodeString(v)
	}
	if err != nil {
		return nil, "", invalidArgumentf("Invalid value at 'photo_bytes' (TYPE_BYTES), Base64 decoding failed for %q", v).WithField("photo_bytes", "")
	}
	_, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || (format != "jpeg" && format != "png") {
		return nil, "", invalidPhoto()
	}
	return data, "image/" + format, nil
}

// updateContactPhoto serves people.updateContactPhoto: the contact source's
// photo becomes the uploaded one, served by the fake at photoPath.
func (s *Server) updateContactPhoto(c *call) ([]byte, error) {
	if err := validate.ResourceName(c.name); err != nil {
		return nil, err
	}
	body, err := s.body(c)
	if err != nil {
		return nil, err
	}
	m, err := decodeMessage(body, "", "photoBytes", "personFields", "sources")
	if err != nil {
		return nil, err
	}
	pf, err := jsonString(m["personFields"], "person_fields", "type.googleapis.com/google.protobuf.FieldMask")
	if err != nil {
		return nil, err
	}
	sources, err := jsonSources(m["sources"])
	if err != nil {
		return nil, err
	}
	read, src, err := photoRead(mask.UpdateContactPhoto, pf, sources)
	if err != nil {
		return nil, err
	}
	data, ctype, err := decodePhoto(m["photoBytes"])
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256([]byte(c.user + "\x00" + c.name + "\x00" + string(data)))
	key := base64.RawURLEncoding.EncodeToString(sum[:16])
	return s.changePhoto(c, read, src, func(u *userStore, p *person.Person) {
		if u.photos == nil {
			u.photos = make(map[string]photoBlob)
		}
		u.photos[key] = photoBlob{ctype, data}
		u.touch(kindPhotos, key)
		setPhoto(p, baseURL(c.r)+photoPath+key, false)
	})
}

// deleteContactPhoto serves people.deleteContactPhoto: the contact source's
// photo becomes the placeholder again.
func (s *Server) deleteContactPhoto(c *call) ([]byte, error) {
	if err := validate.ResourceName(c.name); err != nil {
		return nil, err
	}
	read, src, err := photoRead(mask.DeleteContactPhoto, c.mask("personFields"), c.sources())
	if err != nil {
		return nil, err
	}
	return s.changePhoto(c, read, src, func(_ *userStore, p *person.Person) {
		setPhoto(p, defaultPhotoURL(c.r), true)
	})
}

// photoRead parses the optional personFields (empty: the zero Read, no
// person in the answer) and the sources of the photo method m.
func photoRead(m mask.Method, pf string, sources []string) (mask.Read, mask.Sources, error) {
	read, err := m.ParseRead(pf)
	if err != nil {
		return mask.Read{}, 0, err
	}
	src, err := mask.ParseSources(sources)
	return read, src, err
}

// changePhoto runs set on a new stored record of the contact c names, whose
// contact source etag and updateTime have moved, and stores it, dropping the
// contact's earlier uploaded photo. The answer holds the person when read is
// not the zero Read.
func (s *Server) changePhoto(c *call, read mask.Read, src mask.Sources, set func(*userStore, *person.Person)) ([]byte, error) {
	var next *person.Person
	err := s.write(c.user, func(u *userStore) error {
		var err error
		next, err = s.setPhoto(u, c.name, set)
		return err
	})
	if err != nil {
		return nil, err
	}
	var out photoResponse
	if read != (mask.Read{}) {
		r, err := peopleupdate.ReadParsed(next, read, src)
		if err != nil {
			return nil, err
		}
		if out.Person, err = person.Marshal(r); err != nil {
			return nil, err
		}
	}
	return mustJSON(out), nil
}

// setPhoto stores the new record of the contact name of u, made by set, and
// returns it. The caller holds u.mu for writing.
func (s *Server) setPhoto(u *userStore, name string, set func(*userStore, *person.Person)) (*person.Person, error) {
	stored := u.get(name)
	if err := validate.Stored(name, stored); err != nil {
		return nil, err
	}
	next := s.withGroups(stored, contactGroups(stored), s.opts.Clock())
	old := ""
	for _, ph := range stored.GetPhotos() {
		if person.IsContactItem(ph, stored.ContactSource()) {
			old = photoKey(ph.GetUrl())
		}
	}
	set(u, next)
	if old != "" && old != "default" && old != photoKey(next.GetPhotos()[0].GetUrl()) {
		delete(u.photos, old)
		u.touch(kindPhotos, old)
	}
	u.put(next)
	return next, nil
}
