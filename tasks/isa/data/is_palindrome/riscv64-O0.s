	.file	"is_palindrome.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.type	alnum, @function
alnum:
	addi	sp,sp,-32
	sd	s0,24(sp)
	addi	s0,sp,32
	mv	a5,a0
	sb	a5,-17(s0)
	lbu	a5,-17(s0)
	andi	a4,a5,0xff
	li	a5,96
	bleu	a4,a5,.L2
	lbu	a5,-17(s0)
	andi	a4,a5,0xff
	li	a5,122
	bleu	a4,a5,.L3
.L2:
	lbu	a5,-17(s0)
	andi	a4,a5,0xff
	li	a5,64
	bleu	a4,a5,.L4
	lbu	a5,-17(s0)
	andi	a4,a5,0xff
	li	a5,90
	bleu	a4,a5,.L3
.L4:
	lbu	a5,-17(s0)
	andi	a4,a5,0xff
	li	a5,47
	bleu	a4,a5,.L5
	lbu	a5,-17(s0)
	andi	a4,a5,0xff
	li	a5,57
	bgtu	a4,a5,.L5
.L3:
	li	a5,1
	j	.L6
.L5:
	li	a5,0
.L6:
	mv	a0,a5
	ld	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	alnum, .-alnum
	.align	1
	.type	lower, @function
lower:
	addi	sp,sp,-32
	sd	s0,24(sp)
	addi	s0,sp,32
	mv	a5,a0
	sb	a5,-17(s0)
	lbu	a5,-17(s0)
	andi	a4,a5,0xff
	li	a5,64
	bleu	a4,a5,.L9
	lbu	a5,-17(s0)
	andi	a4,a5,0xff
	li	a5,90
	bgtu	a4,a5,.L9
	lbu	a5,-17(s0)
	addiw	a5,a5,32
	andi	a5,a5,0xff
	j	.L10
.L9:
	lbu	a5,-17(s0)
.L10:
	mv	a0,a5
	ld	s0,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	lower, .-lower
	.align	1
	.globl	is_palindrome
	.type	is_palindrome, @function
is_palindrome:
	addi	sp,sp,-64
	sd	ra,56(sp)
	sd	s0,48(sp)
	sd	s1,40(sp)
	addi	s0,sp,64
	sd	a0,-56(s0)
	sd	zero,-40(s0)
	ld	a0,-56(s0)
	call	strlen@plt
	sd	a0,-48(s0)
	j	.L13
.L18:
	ld	a4,-56(s0)
	ld	a5,-40(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	mv	a0,a5
	call	alnum
	mv	a5,a0
	bne	a5,zero,.L14
	ld	a5,-40(s0)
	addi	a5,a5,1
	sd	a5,-40(s0)
	j	.L13
.L14:
	ld	a5,-48(s0)
	addi	a5,a5,-1
	ld	a4,-56(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	mv	a0,a5
	call	alnum
	mv	a5,a0
	bne	a5,zero,.L15
	ld	a5,-48(s0)
	addi	a5,a5,-1
	sd	a5,-48(s0)
	j	.L13
.L15:
	ld	a4,-56(s0)
	ld	a5,-40(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	mv	a0,a5
	call	lower
	mv	a5,a0
	mv	s1,a5
	ld	a5,-48(s0)
	addi	a5,a5,-1
	ld	a4,-56(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	mv	a0,a5
	call	lower
	mv	a5,a0
	mv	a4,s1
	beq	a4,a5,.L16
	li	a5,0
	j	.L17
.L16:
	ld	a5,-40(s0)
	addi	a5,a5,1
	sd	a5,-40(s0)
	ld	a5,-48(s0)
	addi	a5,a5,-1
	sd	a5,-48(s0)
.L13:
	ld	a4,-40(s0)
	ld	a5,-48(s0)
	bltu	a4,a5,.L18
	li	a5,1
.L17:
	mv	a0,a5
	ld	ra,56(sp)
	ld	s0,48(sp)
	ld	s1,40(sp)
	addi	sp,sp,64
	jr	ra
	.size	is_palindrome, .-is_palindrome
	.section	.note.GNU-stack,"",@progbits
